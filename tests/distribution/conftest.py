# The Playwright fixtures live with the browser tests; reuse them here.
from tests.browser.conftest import axe, browser, page  # noqa: F401
