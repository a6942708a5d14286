"""Rebuild the search index from the content: after loaddata or raw SQL, which send no save signals."""

from django.core.management.base import BaseCommand

from careerguide import search_index


class Command(BaseCommand):
    help = "Rebuild the search index from the published content (saves keep it current by themselves)."

    def handle(self, *args, **options) -> None:
        search_index.ensure_sqlite_fts()
        count = search_index.rebuild()
        self.stdout.write(f"Search index rebuilt: {count} documents.")
