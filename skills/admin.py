from django import forms
from django.contrib import admin
from django.db.models import Count

from core.admin import PublishableAdmin
from skills.models import Skill, Topic, prerequisite_cycle


class TopicInline(admin.TabularInline):
    """A skill's topics, in the order learners meet them; each opens on its own page for the rest."""

    model = Topic
    extra = 0
    fields = ["name", "slug", "status", "hours", "order"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["order", "name"]
    show_change_link = True


@admin.register(Skill)
class SkillAdmin(PublishableAdmin):
    list_display = ["name", "kind", "status_badge", "topic_count", "order", "last_reviewed", "updated_at"]
    list_editable = ["order"]
    list_filter = ["kind", "status", "beyond_article"]
    search_fields = ["name", "summary", "body"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["prerequisites"]
    inlines = [TopicInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "status", "order", "last_reviewed", "beyond_article"]}),
        ("Text", {"fields": ["summary", "body", "why_it_matters", "what_to_learn", "tools", "prerequisites"]}),
        (
            "Proficiency rubric",
            {
                "description": "What each self-rated level looks like for this skill.",
                "fields": [f"rubric_level_{level}" for level in range(5)],
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(topics_count=Count("topics", distinct=True))

    @admin.display(description="Topics", ordering="topics_count")
    def topic_count(self, obj: Skill) -> int:
        return obj.topics_count


class TopicAdminForm(forms.ModelForm):
    class Meta:
        model = Topic
        fields = ["skill", "name", "slug", "status", "order", "hours", "summary", "body", "tools", "prerequisites"]

    def clean_prerequisites(self):
        prerequisites = self.cleaned_data["prerequisites"]
        if self.instance.pk is None:
            return prerequisites  # nothing can depend on a topic that does not exist yet
        looping = prerequisite_cycle(self.instance, list(prerequisites))
        if looping is not None:
            raise forms.ValidationError(
                f"“{looping}” already depends on “{self.instance}”, so it cannot also come before it: "
                "that would make a loop no learner could start.",
                code="prerequisite_cycle",
            )
        return prerequisites


@admin.register(Topic)
class TopicAdmin(PublishableAdmin):
    form = TopicAdminForm
    list_display = ["name", "skill", "status_badge", "hours", "order", "updated_at"]
    list_editable = ["order"]
    list_filter = ["status", "skill"]
    list_select_related = ["skill"]
    search_fields = ["name", "summary", "body", "tools"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["skill", "prerequisites"]
    fieldsets = [
        (None, {"fields": ["skill", "name", "slug", "status", "order", "hours"]}),
        ("Text", {"fields": ["summary", "body", "tools", "prerequisites"]}),
    ]
