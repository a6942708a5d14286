from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site plumbing"

    def ready(self) -> None:
        # Cache bookkeeping, not business logic: every change of guide content writes a
        # history record, and the page cache's shared version must follow it.
        from simple_history.signals import post_create_historical_record

        from core import page_cache

        for model in page_cache.CONTENT_MODELS:
            post_create_historical_record.connect(
                page_cache.content_changed, sender=model.history.model, dispatch_uid=f"page-cache-{model._meta.label}"
            )
