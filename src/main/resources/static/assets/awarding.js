// An export's page works without this (a "check again" link); it follows the job's progress.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-attest-export]');
    if (!box) return;
    var words = box.querySelector('[data-attest-export-words]');
    var bar = box.querySelector('[data-attest-export-bar]');
    var link = box.querySelector('[data-attest-export-link]');
    var reload = box.querySelector('[data-attest-export-reload]');
    if (reload) reload.hidden = true;
    function poll() {
      fetch(box.getAttribute('data-status'), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          bar.max = Math.max(job.total, 1);
          bar.value = job.done;
          if (job.state === 'DONE') {
            words.textContent = 'Ready: every learner is in it.';
            link.hidden = false;
          } else if (job.state === 'FAILED') {
            words.textContent = 'The export failed: ' + job.problem + '. Start it again.';
          } else {
            words.textContent = job.done + ' of ' + job.total + ' learners done.';
            setTimeout(poll, 500);
          }
        })
        .catch(function () { if (reload) reload.hidden = false; });
    }
    if (!link || link.hidden) poll();
  });
})();
