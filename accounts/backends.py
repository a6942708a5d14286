"""Django's ModelBackend, loading a user's learner with them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UserWithLearnerBackend(ModelBackend):
    """Sessions logged in through this backend load the user and their learner in one query: the
    dashboard and every page that shows progress read the learner on each request (see
    progress.services.learner_get). Authentication itself is ModelBackend's."""

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("learner").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
