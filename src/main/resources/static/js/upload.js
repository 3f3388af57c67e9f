// Drag and drop onto the upload area: the dropped files go into the same file input the form sends.
(function () {
    var zone = document.getElementById('drop-zone');
    var input = document.getElementById('files');
    var chosen = document.getElementById('chosen');
    if (!zone || !input) {
        return;
    }
    function show() {
        var names = [];
        for (var i = 0; i < input.files.length; i++) {
            names.push(input.files[i].name);
        }
        chosen.textContent = names.length ? '選んだファイル: ' + names.join('、') : '';
    }
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (type) {
        zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
        zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
        if (e.dataTransfer && e.dataTransfer.files.length) {
            input.files = e.dataTransfer.files;
            show();
        }
    });
}());
