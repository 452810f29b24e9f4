"""The settings dialog: server and cache, account management, own profile, and for province
system administrators the declaration statuses and subsidy years (SPEC §8, manual ch. 7, 8).

``open_settings(context, parent)`` opens it and returns the dialog; its ``session_ended(str)``
signal asks the main window to return to the login window (see ``dialog``). The login window
reads its default server and the material cache's cap with ``load_preferences(data_dir)``.
"""

from desktop.views.settings.dialog import SettingsDialog, open_settings
from desktop.views.settings.preferences import Preferences, load_preferences

__all__ = ["Preferences", "SettingsDialog", "load_preferences", "open_settings"]
