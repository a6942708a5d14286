"""The one model of the site's plumbing: the version of the content that pages show."""

from django.db import models


class ContentVersion(models.Model):
    """One row whose token changes in the same transaction as every change of shown content.

    Readers key cached pages by the committed token (core/page_cache.py): a commit that changes
    content changes the token too, whatever the clocks say and however transactions overlap,
    because the writes to this row queue behind each other's commits.
    """

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
