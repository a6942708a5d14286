from django.contrib import admin
from django.utils.html import format_html

from careerguide.models import Career, CareerSkill, FAQEntry, Resource
from core.admin import PublishableAdmin

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

    @admin.display(description="Link")
    def link(self, obj: Resource) -> str:
        return format_html('<a href="{}" rel="noopener noreferrer" target="_blank">open</a>', obj.url)
