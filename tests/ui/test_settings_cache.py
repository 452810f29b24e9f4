"""服务器与缓存: the server URL is checked before it is kept, 测试连接 asks the real server, and
清除缓存 names the unsynced work first and never touches it — the outbox, and the material
files of records with queued work, stay."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.vocab import Decision
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.preferences import load_preferences
from desktop.views.settings.server_page import ServerCachePage
from tests.desktop import server_world
from tests.desktop.helpers import OPINION
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    COUNTY_HANDLER,
    WAIT_MS,
    DialogOpener,
    Sessions,
    answer_yes,
    open_dialog_fixture,
    own_admin_server_fixture,
    sessions_fixture,
    settings_keyring_fixture,
)


def server_page(dialog: SettingsDialog) -> ServerCachePage:
    page = dialog.show_page("server")
    assert isinstance(page, ServerCachePage)
    return page


def test_server_url_is_checked_probed_and_kept(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    context = sessions.open(own_admin_server, COUNTY_HANDLER)
    page = server_page(open_dialog(context))

    page.url.setText("http://192.168.1.20:8000/api/v1")
    page.save_button.click()
    errors = page.url_error.text()
    assert "必须使用 https://" not in errors, "shape problems first"
    assert "不要填写 /api/v1" in errors
    page.url.setText("http://192.168.1.20:8000")
    page.save_button.click()
    assert "除本机（127.0.0.1）外必须使用 https://" in page.url_error.text()
    assert load_preferences(context.data_dir).server_url == ""

    page.url.setText(own_admin_server.url + "/")
    page.probe_button.click()
    qtbot.waitUntil(lambda: "连接成功" in page.banner.text, timeout=WAIT_MS)
    page.cap.setValue(4096)
    page.save_button.click()
    assert not page.url_error.isVisible()
    stored = load_preferences(context.data_dir)
    assert stored.server_url == own_admin_server.url and stored.cache_cap_mb == 4096


def test_clearing_the_cache_keeps_unsynced_work(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    _applicant, (decided, other, *_rest) = server_world.add_applications(
        own_admin_server.db, server_world.COUNTY, 2
    )
    shas = {
        name: server_world.add_material(
            own_admin_server.db,
            own_admin_server.settings,
            record,
            name,
            f"%PDF-1.4 {name}".encode(),
        )
        for record, name in ((decided, "申请表.pdf"), (decided, "营运证.pdf"), (other, "照片.pdf"))
    }
    context = sessions.open(own_admin_server, COUNTY_HANDLER)
    paths = {name: context.materials.path(sha) for name, sha in shas.items()}
    context.sync_thread.shutdown()  # stay "offline": the decision must wait in the outbox
    context.actions.decide("applications", decided, Decision.PASS, OPINION)

    page = server_page(open_dialog(context))
    qtbot.waitUntil(lambda: page.usage is not None, timeout=WAIT_MS)
    assert page.usage is not None and page.usage.material_files == 3
    assert "共 1 项" in page.outbox.text()

    page.clear_button.click()
    question = answer_yes(qtbot)
    assert "1 项操作未同步" in question and "不会删除它们" in question
    qtbot.waitUntil(lambda: "已删除 1 个材料文件" in page.banner.text, timeout=WAIT_MS)
    assert "保留 2 个" in page.banner.text
    assert paths["申请表.pdf"].exists() and paths["营运证.pdf"].exists()
    assert not paths["照片.pdf"].exists()
    assert context.outbox.counts().pending == 1, "the unsynced decision is still queued"
    assert context.materials.path(shas["照片.pdf"]).exists(), "fetched again when opened"
