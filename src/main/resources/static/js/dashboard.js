// 督促文をコピー: copies the reminder text beside the button and says so for screen readers.
(function () {
    document.querySelectorAll('button.copy').forEach(function (button) {
        button.addEventListener('click', function () {
            var text = document.getElementById(button.getAttribute('data-target'));
            var said = button.parentNode.querySelector('.copied');
            text.select();
            var done = function () { said.textContent = 'コピーしました。'; };
            if (navigator.clipboard) {
                navigator.clipboard.writeText(text.value).then(done, function () { document.execCommand('copy'); done(); });
            } else {
                document.execCommand('copy');
                done();
            }
        });
    });
})();
