"""Delete sign-ups nobody confirmed: pending accounts whose confirmation link has expired.

A sign-up makes an inactive account that only the link mailed to its address activates. Once the link
has expired (accounts.services.CONFIRMATION_MAX_AGE) nobody can, so the account, its username and
its address are freed. Old entries of the sign-up mail log go too. Run it daily, like `clearsessions`.
"""

from django.core.management.base import BaseCommand

from accounts.services import pending_accounts_prune


class Command(BaseCommand):
    help = "Delete pending accounts whose confirmation link has expired, and the old sign-up mail log."

    def handle(self, *args, **options):
        accounts, mails = pending_accounts_prune()
        self.stdout.write(f"Deleted {accounts} unconfirmed accounts and {mails} sign-up mail log entries.")
