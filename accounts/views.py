"""Accounts: sign up and confirm the address, log in (both keep a visitor's progress), log out, the
account page and deleting it.

The password pages are Django's own views, wired in accounts/urls.py.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, LogoutView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_safe

from accounts.forms import AccountDeleteForm, LoginForm, SignupForm
from accounts.services import (
    BROWSER_KEY_SESSION_KEY,
    ConfirmationProblem,
    account_confirm,
    account_sign_up_later,
    confirmation_check,
    new_browser_key,
)
from core.redirects import safe_next
from progress.services import SESSION_KEY, learner_claim_session

# A freshly created user has not been through authenticate(), so login() must be told
# which backend vouches for them (axes' backend only guards authenticate()).
MODEL_BACKEND = "accounts.backends.UserWithLearnerBackend"  # ModelBackend, loading the learner with the user
# The confirmation link's token, between the link and the confirm page (see signup_confirm_link).
CONFIRMATION_SESSION_KEY = "accounts_confirmation"
MAX_TOKEN_LENGTH = 500


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    """The sign-up form. A well-formed form always ends on the same "check your inbox" page, whether
    or not its address has an account (accounts/services.py says what is mailed in each case)."""
    if request.user.is_authenticated:
        return redirect("guide:home")

    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next", "")) or ""
    browser_key = request.session.get(BROWSER_KEY_SESSION_KEY)
    form = SignupForm(request.POST or None, browser_key=browser_key)
    if form.is_valid():
        if not isinstance(browser_key, str):
            browser_key = new_browser_key()
        request.session[BROWSER_KEY_SESSION_KEY] = browser_key
        account_sign_up_later(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            browser_key=browser_key,
            next_url=next_url,
        )
        return redirect("signup_done")

    ctx = {"form": form, "next": next_url}
    return render(request, "registration/signup.html", ctx)


@require_safe
def signup_done(request: HttpRequest) -> HttpResponse:
    return render(request, "registration/signup_done.html", {})


@require_safe
def signup_confirm_link(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the mail. Like Django's password reset, it moves the token into the session and
    redirects, so the token does not stay in the address bar or go out in a Referer header."""
    # Our tokens are about 100 characters: anything far longer is not one, and is not kept.
    request.session[CONFIRMATION_SESSION_KEY] = token if len(token) <= MAX_TOKEN_LENGTH else ""
    next_url = safe_next(request, request.GET.get("next", ""))
    url = reverse("signup_confirm") + (f"?{urlencode({'next': next_url})}" if next_url else "")
    return redirect(url)


@require_http_methods(["GET", "HEAD", "POST"])
def signup_confirm(request: HttpRequest) -> HttpResponse:
    """Shows whose account the link confirms, with one button (mail scanners open links, but do
    not press buttons); the button activates the account and logs its owner in."""
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next", "")) or ""
    token = request.session.get(CONFIRMATION_SESSION_KEY)
    confirmation = confirmation_check(token) if isinstance(token, str) else None
    problem = confirmation.problem if confirmation else ConfirmationProblem.INVALID

    if problem is ConfirmationProblem.ALREADY_CONFIRMED and request.user == confirmation.user:
        request.session.pop(CONFIRMATION_SESSION_KEY, None)
        return redirect(next_url or "guide:home")
    if request.method == "POST" and problem is None:
        user = confirmation.user
        # Read before login(): the visitor's progress is found through the old session.
        visitor_id = request.session.get(SESSION_KEY)
        account_confirm(user=user)
        login(request, user, backend=MODEL_BACKEND)
        learner_claim_session(request=request, visitor_id=visitor_id)
        request.session.pop(CONFIRMATION_SESSION_KEY, None)
        request.session.pop(BROWSER_KEY_SESSION_KEY, None)
        messages.success(request, f"Welcome, {user.username}! Your account is ready and your progress is saved to it.")
        return redirect(next_url or "guide:home")

    ctx = {
        "account_user": confirmation.user if confirmation else None,
        "problem": problem.name.lower() if problem else "",
        "next": next_url,
    }
    return render(request, "registration/signup_confirm.html", ctx)


def _next_path(request: HttpRequest) -> str:
    """The posted or linked `next`, if it is a path on this site; "" otherwise."""
    return safe_next(request, request.POST.get("next") or request.GET.get("next")) or ""


class AccountLoginView(LoginView):
    """Django's login view, which also moves a visitor's progress into the account."""

    template_name = "registration/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        visitor_id = self.request.session.get(SESSION_KEY)
        response = super().form_valid(form)
        learner_claim_session(request=self.request, visitor_id=visitor_id)
        messages.success(self.request, f"Welcome back, {form.get_user().username}.")
        return response

    def get_redirect_url(self) -> str:
        # Django's own check lets a bare word ("id") through as a relative address; only a path here.
        return _next_path(self.request)


class AccountLogoutView(LogoutView):
    """Django's logout view, sending the browser on only to a path on this site."""

    def get_redirect_url(self) -> str:
        return _next_path(self.request)


@require_safe
@login_required
def account(request: HttpRequest) -> HttpResponse:
    ctx = {"account_user": request.user}
    return render(request, "registration/account.html", ctx)


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.user, request.POST or None)
    if form.is_valid():
        user = request.user
        logout(request)
        # The learner and all their progress, plans and history cascade with the user.
        user.delete()
        messages.success(request, "Your account and all your progress have been deleted.")
        return redirect("guide:home")

    ctx = {"form": form}
    return render(request, "registration/account_delete.html", ctx)
