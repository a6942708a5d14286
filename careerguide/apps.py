from django.apps import AppConfig
from django.db.models import signals


class CareerGuideConfig(AppConfig):
    name = "careerguide"
    verbose_name = "Career guide"

    def ready(self) -> None:
        # Index bookkeeping, not business logic: the search index is derived from the content and
        # rewritten in the same transaction as each change (careerguide/search_index.py).
        from careerguide import search_index

        for model in search_index.INDEXERS:
            label = model._meta.label
            signals.post_save.connect(search_index.content_saved, sender=model, dispatch_uid=f"search-save-{label}")
            signals.post_delete.connect(
                search_index.content_deleted, sender=model, dispatch_uid=f"search-delete-{label}"
            )
        signals.post_migrate.connect(_rebuild_search_index, sender=self, dispatch_uid="search-post-migrate")


def _rebuild_search_index(using: str = "default", **kwargs) -> None:
    """After migrate (and after a flush): the index from the content as it now is."""
    from django.db import connections
    from django.db.migrations.executor import MigrationExecutor

    from careerguide import search_index

    executor = MigrationExecutor(connections[using])
    index_migrated = ("careerguide", "0004_searchdocument") in executor.loader.applied_migrations
    if not index_migrated or executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return  # migrated part of the way only: the content's tables may not match the models yet
    search_index.ensure_sqlite_fts()
    search_index.rebuild()
