"""Forms for accounts: sign up, log in, reset a password and delete. Passwords use Django's own forms."""

from __future__ import annotations

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.core.validators import MaxLengthValidator

from accounts.services import replaceable_pending_accounts
from core.mail import send_after_commit


class UsernameLengthMixin:
    """Django's login form sets the username's max_length after building the field, so no
    length check runs; an over-long name would reach the database (and django-axes' log of
    failures) and fail there. Check it as a form error instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = self.fields["username"].max_length
        self.fields["username"].validators.append(MaxLengthValidator(limit))


class LoginForm(UsernameLengthMixin, AuthenticationForm):
    pass


class AdminLoginForm(UsernameLengthMixin, AdminAuthenticationForm):
    pass


class SignupForm(UserCreationForm):
    """Username, address and password. The address is never checked against other accounts here:
    saying it is taken would tell anyone which addresses have accounts (accounts/services.py mails
    its owner instead). Usernames are public choices, so a taken one is still an error."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We email you a link to confirm it. It is only used for that and to reset your password; "
        "we never show it to anyone.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def __init__(self, *args, browser_key: object = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.browser_key = browser_key

    def clean_username(self) -> str:
        username = self.cleaned_data.get("username")
        if username and self.username_taken(username):
            raise forms.ValidationError(self.username_taken_message(), code="unique")
        return username

    def username_taken(self, username: str) -> bool:
        """Like Django's check, case does not count; unlike it, a pending sign-up whose link has
        expired, or one this browser made, does not hold its username (account_sign_up replaces it)."""
        holders = get_user_model().objects.filter(username__iexact=username)
        return holders.exclude(replaceable_pending_accounts(browser_key=self.browser_key)).exists()

    @staticmethod
    def username_taken_message() -> str:
        return get_user_model()._meta.get_field("username").error_messages["unique"]

    def clean_email(self) -> str:
        return get_user_model().objects.normalize_email(self.cleaned_data["email"])

    def validate_unique(self) -> None:
        # The model's own check would count a replaceable pending account's username as taken;
        # clean_username above decides, and the database's unique index has the last word.
        pass

    def save(self, commit: bool = True):
        raise NotImplementedError("Sign-up makes accounts through accounts.services.account_sign_up_later.")


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, whose whole save() (looking the address up included) runs after the response
    on the mail thread (core/mail.py): the request does the same work whether or not the address has
    an account, and the mail's rendering and sending are off its path too."""

    def save(self, domain_override=None, request=None, **kwargs) -> None:
        # The request itself stays here; the job needs only its host name (and our mail uses SITE_URL).
        domain = domain_override or (request.get_host() if request is not None else None)
        save = super().save

        def job() -> None:
            save(domain_override=domain, request=None, **kwargs)

        send_after_commit(job, description="a password reset")


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label="Your current password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                "That is not your current password. Your account has not been deleted.", code="password_incorrect"
            )
        return password
