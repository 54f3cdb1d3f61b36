// "Copy quote" buttons: progressive enhancement for the quote permalink page.
// Without JavaScript the button stays hidden and the text remains selectable.
(function () {
    "use strict";
    if (!navigator.clipboard && !document.queryCommandSupported) {
        return;
    }
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var source = document.getElementById(button.getAttribute("data-copy-target"));
        if (!source) {
            return;
        }
        var status = button.parentElement.querySelector("[role=status]");
        function announce(message) {
            if (status) {
                status.textContent = message;
            }
        }
        function fallbackCopy() {
            source.focus();
            source.select();
            try {
                return document.execCommand("copy");
            } catch (error) {
                return false;
            }
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            var text = source.value || source.textContent;
            var done = function () { announce("Copied to the clipboard."); };
            var failed = function () {
                if (fallbackCopy()) {
                    done();
                } else {
                    announce("Could not copy. Select the text and copy it yourself.");
                }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, failed);
            } else {
                failed();
            }
        });
    });
})();
