from django.contrib import admin

from core.admin import PublishableAdmin
from pathways.models import Pathway, PathwayStep


class PathwayStepInline(admin.StackedInline):
    model = PathwayStep
    extra = 0
    fields = ["title", "description", "order"]
    ordering = ["order", "id"]


@admin.register(Pathway)
class PathwayAdmin(PublishableAdmin):
    list_display = ["name", "format", "status_badge", "duration_display", "cost_display", "order", "updated_at"]
    list_editable = ["order"]
    list_filter = ["format", "status", "careers"]
    search_fields = ["name", "summary", "body"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["skills"]
    inlines = [PathwayStepInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "status", "order"]}),
        ("Text", {"fields": ["summary", "body", "suits", "pros", "cons", "skills"]}),
        (
            "Facts",
            {
                "fields": [
                    ("duration_min_months", "duration_max_months", "duration_note"),
                    ("cost_min_usd", "cost_max_usd", "cost_note"),
                    "format",
                    "credential",
                ]
            },
        ),
    ]
