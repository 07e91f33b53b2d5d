// The mobile menu: a disclosure button that shows and hides the main navigation.
// Without JavaScript, css/nojs.css (in <noscript>) shows the navigation and hides the button.
(function () {
  "use strict";
  var toggle = document.querySelector(".menu-toggle");
  var nav = document.getElementById("main-nav");
  if (!toggle || !nav) {
    return;
  }

  function isOpen() {
    return toggle.getAttribute("aria-expanded") === "true";
  }

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("is-open", open);
  }

  // A <button> fires "click" for mouse, touch, Enter and Space alike.
  toggle.addEventListener("click", function () {
    setOpen(!isOpen());
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && isOpen()) {
      setOpen(false);
      toggle.focus();
    }
  });
  // Leaving the open menu with the keyboard or a tap elsewhere closes it.
  document.addEventListener("click", function (event) {
    if (isOpen() && !nav.contains(event.target) && !toggle.contains(event.target)) {
      setOpen(false);
    }
  });
})();
