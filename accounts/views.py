"""Accounts: sign up, log in (keeping a visitor's progress), log out, the account page and deleting it.

The password pages are Django's own views, wired in accounts/urls.py.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, LogoutView
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from accounts.forms import AccountDeleteForm, LoginForm, SignupForm
from core.redirects import safe_next
from progress.services import SESSION_KEY, learner_claim_session

# A freshly created user has not been through authenticate(), so login() must be told
# which backend vouches for them (axes' backend only guards authenticate()).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("guide:home")

    next_url = request.POST.get("next") or request.GET.get("next", "")
    form = SignupForm(request.POST or None)
    if form.is_valid():
        # Read before login(): the visitor's progress is found through the old session.
        visitor_id = request.session.get(SESSION_KEY)
        try:
            with transaction.atomic():
                user = form.save()
        except IntegrityError:
            # Someone signed up with the same address a moment ago (the database index caught it).
            form.add_error("email", "An account with this email address already exists.")
            return render(
                request, "registration/signup.html", {"form": form, "next": safe_next(request, next_url) or ""}
            )
        login(request, user, backend=MODEL_BACKEND)
        learner_claim_session(request=request, visitor_id=visitor_id)
        messages.success(request, f"Welcome, {user.username}! Your account is ready and your progress is saved to it.")
        return redirect(safe_next(request, next_url) or "guide:home")

    ctx = {"form": form, "next": safe_next(request, next_url) or ""}
    return render(request, "registration/signup.html", ctx)


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
