/*
 * Narrator read-along player. The page works without this script (an <audio> element, the text,
 * chapter links into the MP3); with it, the sentence being read is highlighted and kept in view,
 * a sentence or chapter plays from its start, and the speed can be changed.
 */
(function () {
  'use strict';

  var audio = document.getElementById('narration-audio');
  if (!audio) {
    return;
  }
  var transcript = document.getElementById('transcript');
  var cues = Array.prototype.slice.call(document.querySelectorAll('.cue[data-start]'));
  var chapters = Array.prototype.slice.call(document.querySelectorAll('.chapter[data-start]'));
  var cueStarts = cues.map(function (cue) { return parseFloat(cue.getAttribute('data-start')); });
  var chapterStarts = chapters.map(function (chapter) { return parseFloat(chapter.getAttribute('data-start')); });
  var follow = document.getElementById('follow');
  var speed = document.getElementById('speed');
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var currentCue = -1;
  var currentChapter = -1;

  document.querySelectorAll('[data-needs-script]').forEach(function (element) {
    element.hidden = false;
  });
  if (transcript) {
    transcript.setAttribute('aria-describedby', 'transcript-hint');
  }

  /** The last item starting at or before time t, or -1. */
  function indexAt(starts, t) {
    var low = 0;
    var high = starts.length - 1;
    var found = -1;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (starts[mid] <= t + 0.01) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  function isInView(element) {
    var box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= (window.innerHeight || document.documentElement.clientHeight);
  }

  /** Only one sentence is in the tab order: the one being read, or the one last moved to. */
  function makeTabStop(index) {
    cues.forEach(function (cue, i) {
      cue.tabIndex = i === index ? 0 : -1;
    });
  }

  function showCue(index) {
    if (index === currentCue) {
      return;
    }
    if (currentCue >= 0) {
      cues[currentCue].classList.remove('is-current');
      cues[currentCue].removeAttribute('aria-current');
    }
    currentCue = index;
    if (index < 0) {
      return;
    }
    var cue = cues[index];
    cue.classList.add('is-current');
    cue.setAttribute('aria-current', 'true');
    if (!transcript || !transcript.contains(document.activeElement)) {
      makeTabStop(index);
    }
    if ((!follow || follow.checked) && !audio.paused && !isInView(cue)) {
      cue.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }

  function showChapter(index) {
    if (index === currentChapter) {
      return;
    }
    if (currentChapter >= 0) {
      chapters[currentChapter].removeAttribute('aria-current');
    }
    currentChapter = index;
    if (index >= 0) {
      chapters[index].setAttribute('aria-current', 'true');
    }
  }

  function update() {
    var t = audio.currentTime;
    showCue(indexAt(cueStarts, t));
    showChapter(indexAt(chapterStarts, t));
  }

  function playFrom(seconds) {
    audio.currentTime = seconds;
    var playing = audio.play();
    if (playing && playing.catch) {
      playing.catch(function () { /* the browser wants a gesture first: the position is set anyway */ });
    }
    update();
  }

  function seekOnActivate(event) {
    var link = event.target.closest('[data-start]');
    if (!link) {
      return;
    }
    event.preventDefault();
    playFrom(parseFloat(link.getAttribute('data-start')));
  }

  ['timeupdate', 'seeked', 'play', 'loadedmetadata'].forEach(function (type) {
    audio.addEventListener(type, update);
  });

  if (transcript) {
    makeTabStop(0);
    transcript.addEventListener('click', seekOnActivate);
    transcript.addEventListener('keydown', function (event) {
      var index = cues.indexOf(event.target);
      if (index < 0) {
        return;
      }
      var next = -1;
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowRight':
          next = Math.min(index + 1, cues.length - 1);
          break;
        case 'ArrowUp':
        case 'ArrowLeft':
          next = Math.max(index - 1, 0);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = cues.length - 1;
          break;
        case ' ':
          event.preventDefault();
          playFrom(cueStarts[index]);
          return;
        default:
          return;
      }
      event.preventDefault();
      makeTabStop(next);
      cues[next].focus();
    });
  }

  chapters.forEach(function (chapter) {
    chapter.addEventListener('click', seekOnActivate);
  });

  if (speed) {
    speed.addEventListener('change', function () {
      var rate = parseFloat(speed.value);
      if (rate > 0) {
        audio.playbackRate = rate;
        audio.defaultPlaybackRate = rate;
      }
    });
  }

  update();
}());
