from django.contrib import admin

from core.admin import PublishableAdmin
from skills.models import Skill


@admin.register(Skill)
class SkillAdmin(PublishableAdmin):
    list_display = ["name", "kind", "status_badge", "order", "last_reviewed", "updated_at"]
    list_editable = ["order"]
    list_filter = ["kind", "status"]
    search_fields = ["name", "summary", "body"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["prerequisites"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "status", "order", "last_reviewed"]}),
        ("Text", {"fields": ["summary", "body", "why_it_matters", "what_to_learn", "tools", "prerequisites"]}),
        (
            "Proficiency rubric",
            {
                "description": "What each self-rated level looks like for this skill.",
                "fields": [f"rubric_level_{level}" for level in range(5)],
            },
        ),
    ]
