from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Max, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from careerguide.models import Career, CareerSkill, FAQEntry, Resource, TopicResource
from core.admin import PublishableAdmin
from core.content import Status
from skills import admin as skills_admin
from skills.models import Skill, Topic

admin.site.site_header = "Career Guide editors"
admin.site.site_title = "Career Guide admin"
admin.site.index_title = "Guide content"


class CareerSkillInline(admin.TabularInline):
    model = CareerSkill
    extra = 0
    autocomplete_fields = ["skill"]
    fields = ["skill", "target_level", "order"]
    ordering = ["order", "id"]


@admin.register(Career)
class CareerAdmin(PublishableAdmin):
    list_display = ["name", "slug", "status_badge", "is_default", "order", "updated_at"]
    list_editable = ["order"]
    list_filter = ["status", "is_default"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["pathways"]
    inlines = [CareerSkillInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "status", "is_default", "order"]}),
        ("Guide text", {"fields": ["tagline", "summary", "introduction", "role_description", "responsibilities"]}),
        ("Pathways into the role", {"fields": ["pathways"]}),
        ("Closing", {"fields": ["conclusion"]}),
    ]


@admin.register(FAQEntry)
class FAQEntryAdmin(PublishableAdmin):
    list_display = ["question", "career", "status_badge", "order", "updated_at"]
    list_editable = ["order"]
    list_filter = ["status", "career"]
    list_select_related = ["career"]
    search_fields = ["question", "answer"]
    fields = ["career", "question", "answer", "status", "order"]


class TopicResourceFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        """At most one resource to start with per topic among the rows being saved (the database's
        constraint would otherwise fail on the second row with an error page)."""
        super().clean()
        starts: dict[int, int] = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", {})
            if (not form.has_changed() and not form.instance.pk) or data.get("DELETE"):
                continue
            topic = data.get("topic") or getattr(form.instance, "topic", None)
            if data.get("start_here") and topic is not None:
                starts[topic.pk] = starts.get(topic.pk, 0) + 1
        if any(count > 1 for count in starts.values()):
            raise ValidationError("Tick “Start here” for one resource of a topic only.", code="two_starts")


class TopicResourceInline(admin.TabularInline):
    """Which topics list a resource, and whether it is where a topic starts."""

    model = TopicResource
    formset = TopicResourceFormSet
    extra = 0
    autocomplete_fields = ["topic", "resource"]
    fields = ["topic", "resource", "start_here", "order"]


@admin.register(Resource)
class ResourceAdmin(PublishableAdmin):
    list_display = ["title", "kind", "provider", "is_free", "status_badge", "verified_on", "order", "link"]
    list_editable = ["order"]
    list_filter = ["kind", "is_free", "status"]
    search_fields = ["title", "provider", "description", "url"]
    autocomplete_fields = ["skills", "pathways"]
    date_hierarchy = "verified_on"
    fields = ["title", "url", "kind", "provider", "is_free", "description", "skills", "pathways", "verified_on"]
    fields += ["status", "order"]
    inlines = [TopicResourceInline]

    @admin.display(description="Link")
    def link(self, obj: Resource) -> str:
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">open</a>', obj.url)


# The skills app's admin pages, with what the guide adds to them: a topic's resources, and whether a
# skill is shown in the guide (a skill is listed on the guide page and dashboard only once a career
# names it, with the level it needs).
admin.site.unregister(Topic)
admin.site.unregister(Skill)


@admin.register(Topic)
class TopicAdmin(skills_admin.TopicAdmin):
    inlines = [TopicResourceInline]


@admin.register(Skill)
class SkillAdmin(skills_admin.SkillAdmin):
    list_display = [*skills_admin.SkillAdmin.list_display, "in_the_guide"]
    actions = [*PublishableAdmin.actions, "add_to_default_career"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).prefetch_related("career_skills__career")

    @admin.display(description="In the guide")
    def in_the_guide(self, obj: Skill) -> str:
        careers = [career_skill.career.name for career_skill in obj.career_skills.all()]
        return ", ".join(careers) if careers else "Not yet: use “Add to the guide”"

    @admin.action(description="Add to the guide (the default career, at level 3)", permissions=["change"])
    def add_to_default_career(self, request: HttpRequest, queryset: QuerySet) -> None:
        career = Career.objects.filter(is_default=True).first() or Career.objects.order_by("order", "name").first()
        if career is None:
            self.message_user(request, "There is no career to add skills to yet.", messages.WARNING)
            return
        last = career.career_skills.aggregate(last=Max("order"))["last"] or 0
        added = 0
        for skill in queryset.exclude(career_skills__career=career).order_by("order", "name"):
            last += 1
            career_skill = CareerSkill(career=career, skill=skill, target_level=3, order=last)
            career_skill._change_reason = "Added to the guide from the skills list"
            career_skill.save()
            added += 1
        link = reverse("admin:careerguide_career_change", args=[career.pk])
        self.message_user(
            request,
            format_html(
                '{} skills added to {} at level 3. Change their levels and order on <a href="{}">the career</a>.',
                added,
                career.name,
                link,
            ),
            messages.SUCCESS,
        )

    def save_model(self, request: HttpRequest, obj: Skill, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if obj.status == Status.PUBLISHED and not obj.career_skills.exists():
            self.message_user(
                request,
                f"“{obj}” is published but no career lists it, so the guide page and dashboards do not show it "
                "yet. Tick it in the skills list and choose “Add to the guide”, or add it on a career's page.",
                messages.WARNING,
            )
