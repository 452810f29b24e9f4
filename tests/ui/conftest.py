"""Fixtures of the UI tests (``tests/ui``): see ``tests.ui.demo_fixtures`` and
``tests.ui.test_workspace_fixtures``.

Imported here so every UI test module can ask for them by name. ``ui_keyring`` is autouse:
no UI test ever touches the person's real keyring.
"""

from tests.ui.demo_fixtures import (  # noqa: F401 - fixtures registered for tests/ui
    app_context,
    county_reviewer,
    demo_accounts,
    demo_live,
    demo_template,
    ui_keyring,
)
from tests.ui.test_workspace_fixtures import (  # noqa: F401 - fixtures registered for tests/ui
    close_later_fixture,
    open_app_fixture,
    own_server_fixture,
)
