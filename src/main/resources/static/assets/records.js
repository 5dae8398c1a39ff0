// The upload form works without this; it adds dropping files on the form and finding criteria
// by code or words among the qualification's units.
(function () {
  'use strict';

  function dropzone(zone) {
    var input = zone.querySelector('input[type=file]');
    var list = zone.querySelector('[data-attest-dropzone-list]');
    function show() {
      var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
      list.textContent = names.length ? 'Chosen: ' + names.join(', ') : '';
    }
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('attest-dropzone--over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('attest-dropzone--over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });
    input.addEventListener('change', show);
  }

  function criteriaSearch(search) {
    var units = document.querySelectorAll('[data-attest-criteria-unit]');
    search.addEventListener('input', function () {
      var q = search.value.trim().toLowerCase();
      units.forEach(function (unit) {
        var shown = 0;
        unit.querySelectorAll('[data-attest-criterion]').forEach(function (item) {
          var match = q === '' || item.textContent.toLowerCase().indexOf(q) >= 0;
          item.hidden = !match;
          if (match) shown++;
        });
        unit.hidden = shown === 0;
        unit.open = q !== '' && shown > 0;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-attest-dropzone]').forEach(dropzone);
    document.querySelectorAll('[data-attest-criteria-search]').forEach(criteriaSearch);
  });
})();
