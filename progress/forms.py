from __future__ import annotations

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

from progress.models import MAX_HOURS_PER_WEEK, ProgressStatus
from skills.models import LEVEL_NAMES

MAX_EVIDENCE_LINKS = 5
LEVEL_CHOICES = [(level, f"{level}: {name}") for level, name in LEVEL_NAMES.items()]


class SkillProgressForm(forms.Form):
    """Any subset of these fields may be posted; only the posted ones change (see changed_fields)."""

    status = forms.ChoiceField(choices=ProgressStatus.choices, required=False)
    level = forms.TypedChoiceField(choices=LEVEL_CHOICES, coerce=int, required=False, label="Your level")
    target_date = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text="When you want to reach the target."
    )
    notes = forms.CharField(
        required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 4}), help_text="Private to you."
    )
    evidence_links = forms.CharField(
        required=False,
        max_length=3000,
        label="Evidence links",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=f"Up to {MAX_EVIDENCE_LINKS} links, one per line: a project repository, a certificate.",
    )

    def clean_status(self) -> str:
        return self.cleaned_data["status"] or ProgressStatus.NOT_STARTED

    def clean_level(self) -> int:
        level = self.cleaned_data["level"]
        return 0 if level in ("", None) else level

    def clean_evidence_links(self) -> str:
        lines = [line.strip() for line in self.cleaned_data["evidence_links"].splitlines() if line.strip()]
        if len(lines) > MAX_EVIDENCE_LINKS:
            raise ValidationError(f"Give at most {MAX_EVIDENCE_LINKS} links.")
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                validate(line)
                # The validator lets <, > and quotes through in a path; in an export or a
                # Markdown viewer they would turn into markup.
                if any(char in line for char in '<>"`\\'):
                    raise ValidationError("markup")
            except ValidationError:
                raise ValidationError(
                    f"“{line[:80]}” is not a web address. Links must start with https:// or http://."
                    " They cannot contain spaces, quotes, < or >."
                ) from None
        return "\n".join(lines)

    def changed_fields(self) -> dict:
        """The cleaned values of the fields that were actually posted."""
        return {name: self.cleaned_data[name] for name in self.fields if name in self.data}


class SkillProgressEditForm(SkillProgressForm):
    """What a learner posts from a skill page or a guide card: a target date must also be a goal
    (an import keeps the dates a file holds, however old: SkillProgressForm)."""

    def clean_target_date(self):
        """A goal: from a year ago (a recent deadline may have passed) to twenty years ahead."""
        target = self.cleaned_data["target_date"]
        if target is None:
            return None
        today = timezone.localdate()
        earliest, latest = today - timedelta(days=365), today.replace(year=today.year + 20)
        if target < earliest:
            raise ValidationError(f"A target date is a goal ahead of you: pick a day from {earliest:%-d %B %Y} on.")
        if target > latest:
            raise ValidationError(f"Pick a target date before {latest:%-d %B %Y}.")
        return target


class StepForm(forms.Form):
    done = forms.TypedChoiceField(choices=[("1", "Done"), ("0", "Not done")], coerce=lambda v: v == "1")


class TopicForm(forms.Form):
    status = forms.ChoiceField(label="My status", choices=ProgressStatus.choices)


class PlanForm(forms.Form):
    following = forms.TypedChoiceField(choices=[("1", "Follow"), ("0", "Stop following")], coerce=lambda v: v == "1")


class HoursPerWeekForm(forms.Form):
    hours_per_week = forms.IntegerField(
        label="Hours of study a week",
        required=False,
        min_value=1,
        max_value=MAX_HOURS_PER_WEEK,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input-narrow"}),
        help_text=f"From 1 to {MAX_HOURS_PER_WEEK}; leave it empty to stop planning your week.",
        error_messages={
            "invalid": "Give the hours as a whole number, for example 6.",
            "min_value": "Give at least 1 hour, or leave it empty.",
            "max_value": f"Give at most {MAX_HOURS_PER_WEEK} hours: a plan needs time to rest too.",
        },
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Progress file (JSON)",
        help_text=f"A file exported from this site, at most {settings.PROGRESS_IMPORT_MAX_BYTES // 1024} KB.",
        widget=forms.ClearableFileInput(attrs={"accept": "application/json,.json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.PROGRESS_IMPORT_MAX_BYTES:
            raise ValidationError(
                f"That file is {upload.size // 1024} KB; the limit is {settings.PROGRESS_IMPORT_MAX_BYTES // 1024} KB."
            )
        return upload


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(label="Yes, I understand this cannot be undone")
