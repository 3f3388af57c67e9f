// 実行: follows the running job through the server's progress events and says each step as it goes.
(function () {
    var main = document.querySelector('main.run');
    var live = document.getElementById('live');
    if (!main || !live || !window.EventSource) {
        return;
    }
    var id = Number(main.getAttribute('data-run'));
    var list = document.getElementById('live-steps');
    var summary = document.getElementById('live-summary');
    var status = document.getElementById('run-status');
    var items = {};
    var files = 0;
    var source = new EventSource(live.ownerDocument.location.origin + '/runs/events');
    function line(step) {
        if (!items[step]) {
            items[step] = document.createElement('li');
            list.appendChild(items[step]);
        }
        return items[step];
    }
    source.addEventListener('open', function () {
        // the run may have ended before this page listened
        fetch('/runs/' + id + '/state', {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (d) {
            if (!d.running) {
                source.close();
                window.location.reload();
            }
        });
    });
    source.addEventListener('step', function (e) {
        var d = JSON.parse(e.data);
        if (d.id !== id) { return; }
        var text = d.label + ': ' + d.status;
        if (d.status !== '実行中') {
            text += '（読込 ' + d.read + '、書込 ' + d.written + '、' + d.seconds.toFixed(1) + ' 秒）';
        }
        line(d.step).textContent = text;
    });
    source.addEventListener('intake', function (e) {
        var d = JSON.parse(e.data);
        if (d.id !== id) { return; }
        summary.textContent = 'ブックを ' + d.read + ' 件読み込みました（受け付けたシート ' + d.accepted + ' 件）。';
    });
    source.addEventListener('file', function () {
        files += 1;
        summary.textContent = 'ブックを ' + files + ' 件読み込みました。';
    });
    source.addEventListener('pages', function (e) {
        line('冊子').textContent = '冊子: ' + JSON.parse(e.data).pages + ' ページを書き出しました';
    });
    source.addEventListener('summary', function (e) {
        line('集計表').textContent = '集計表: ' + JSON.parse(e.data).rows + ' 行を書き出しました';
    });
    source.addEventListener('finished', function (e) {
        var d = JSON.parse(e.data);
        if (d.id !== id) { return; }
        source.close();
        status.textContent = d.label;
        summary.textContent = '実行が終わりました: ' + d.label + '。ページを更新すると出力と件数を表示します。';
        window.setTimeout(function () { window.location.reload(); }, 1500);
    });
})();
