"""The admin behaviour every content model shares: publish actions, history, stable slugs."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from core.content import Status


class PublishableAdmin(SimpleHistoryAdmin):
    """Shared behaviour of every content admin: publish actions, history, stable slugs."""

    actions = ["publish", "unpublish"]
    list_per_page = 50
    save_on_top = True
    # The history page compares each revision with the one before, and each comparison reads the linked
    # entries of both (two queries a many-to-many field): 100 revisions a page, simple-history's default, were
    # 210 queries for a skill and 406 for a resource (issue 13, bench/scale.py's admin-history).
    history_list_per_page = 25

    @admin.action(description="Publish the selected entries", permissions=["change"])
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.PUBLISHED)

    @admin.action(description="Unpublish (back to draft) the selected entries", permissions=["change"])
    def unpublish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._set_status(request, queryset, Status.DRAFT)

    def _set_status(self, request: HttpRequest, queryset: QuerySet, status: str) -> None:
        # Save one by one (not queryset.update) so each change is kept in the history.
        changed = 0
        for obj in queryset.exclude(status=status):
            obj.status = status
            obj._change_reason = f"Set to {status} from the list"
            obj.save(update_fields=["status", "updated_at"])
            changed += 1
        self.message_user(request, f"{changed} entries set to {Status(status).label.lower()}.", messages.SUCCESS)

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # django-simple-history 3.13 asks for the editor of each revision (select_related("history_user")),
        # then replaces that with select_related() of the tracked foreign keys, which for a model without any
        # (Skill, Resource) follows none: one query per revision listed, 100 a page. Ask again, last.
        return super().get_history_queryset(request, history_manager, pk_name, object_id).select_related("history_user")

    def history_view(self, request, object_id, extra_context=None):
        # django-simple-history fails with a 500 on an id that is not a number.
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404("No such entry")
        return super().history_view(request, object_id, extra_context)

    def response_action(self, request: HttpRequest, queryset: QuerySet):
        # A tampered selection (not ids) would make Django's own action handling fail with a 500.
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if any(not value.isdigit() or len(value) > 18 for value in selected):
            self.message_user(request, "That selection is not valid; nothing was changed.", messages.WARNING)
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        # A slug is part of public URLs, bookmarks and learners' progress links: fixed once the
        # entry exists. Disabled (rather than read-only) so history's revert form still works.
        if obj is not None and "slug" in form.base_fields:
            form.base_fields["slug"].disabled = True
            form.base_fields["slug"].help_text = "Part of public links; fixed once the entry exists."
        return form

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj) -> str:
        return format_html("<strong>{}</strong>", obj.get_status_display()) if obj.is_published else "Draft"
