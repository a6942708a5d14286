from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models import signals


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site plumbing"

    def ready(self) -> None:
        # Cache bookkeeping, not business logic: every change of a model that pages show moves the
        # content version in the same transaction (core/page_cache.py). Before the change, so that a
        # content transaction locks the version row before any content row and two of them queue
        # instead of deadlocking; after it too, so that outside a transaction, where each statement
        # commits at once, the version moves only once the change can be read.
        from core.page_cache import CONTENT_MODELS, content_changed

        for signal in (signals.pre_save, signals.post_save, signals.pre_delete, signals.post_delete):
            for model in CONTENT_MODELS:
                signal.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}")
        signals.m2m_changed.connect(_m2m_changed, dispatch_uid="page-cache-m2m")

        # Mail queued during a request waits until its response has been sent (core/mail.py).
        from core.mail import hold_during_request, release_held

        request_started.connect(hold_during_request, dispatch_uid="mail-hold")
        request_finished.connect(release_held, dispatch_uid="mail-release")


def _m2m_changed(sender, instance, model, **kwargs) -> None:
    from core.page_cache import CONTENT_MODELS, content_changed

    if type(instance) in CONTENT_MODELS or model in CONTENT_MODELS:
        content_changed()
