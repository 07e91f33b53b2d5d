/*
 * The edit form's languages (Wagtail admin, editorial/wagtail_hooks.py).
 *
 * Every field stored per language (title_de, title_en, ...) is found by its content path and
 * marked with its language. A bar above the form shows or hides each language and can put
 * them side by side; the choice is remembered in this browser. A language with an error is
 * always shown, so the error can be seen and "Go to the first error" reaches it.
 *
 * Each field of a translation (every language but the default one) gets a button that starts
 * it from another language: text, rich text, a StreamField or a chooser in one action, and for
 * an inline list (excursions, documents, gallery) every item at once. Nothing is saved until
 * the editor saves the page.
 */
(() => {
  'use strict';

  const configElement = document.getElementById('kp-languages-config');
  const form = document.querySelector('form[data-edit-form], #page-edit-form');
  if (!configElement || !form) return;

  const config = JSON.parse(configElement.textContent);
  const codes = config.languages.map((language) => language.code);
  // Names in the admin's language, for the copy buttons' sentences.
  const names = Object.fromEntries(config.languages.map((l) => [l.code, l.label]));
  const fieldPattern = new RegExp(`^(.+)_(${codes.join('|')})$`);
  const storageKey = 'klimapartner:admin-languages';
  const errorSelector = '.error-message, .help-critical, [aria-invalid="true"]';

  /* Preferences: the languages shown and whether side by side, kept in localStorage. */

  function loadPreference() {
    try {
      const stored = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      const shown = (stored && stored.shown || []).filter((code) => codes.includes(code));
      if (shown.length) return { shown, sideBySide: Boolean(stored.sideBySide) };
    } catch (error) {
      // No storage (private window) or an unreadable value: start afresh.
    }
    return { shown: [...codes], sideBySide: false };
  }

  function savePreference() {
    try {
      window.localStorage.setItem(
        storageKey,
        JSON.stringify({ shown: [...state.shown], sideBySide: state.sideBySide }),
      );
    } catch (error) {
      // Not remembered, but still applied on this page.
    }
  }

  const preference = loadPreference();
  const state = { shown: new Set(preference.shown), sideBySide: preference.sideBySide };

  /* The fields of each language: a panel section, or a field's wrapper inside a panel. */

  function markUnits(root) {
    root.querySelectorAll('[data-contentpath]').forEach((field) => {
      const match = fieldPattern.exec(field.dataset.contentpath);
      if (!match) return;
      const unit = field.closest('.w-panel__wrapper, section[data-panel]');
      if (!unit || unit.dataset.kpLanguage || !form.contains(unit)) return;
      unit.dataset.kpLanguage = match[2];
      unit.dataset.kpField = match[1];
      unit.parentElement.classList.add('kp-languages-grid');
      addCopyButtons(unit);
    });
  }

  function units(root = form) {
    return [...root.querySelectorAll('[data-kp-language]')];
  }

  function counterpart(unit, language) {
    return [...unit.parentElement.children].find(
      (other) =>
        other.dataset.kpField === unit.dataset.kpField && other.dataset.kpLanguage === language,
    );
  }

  /* Showing and hiding. */

  function languagesWithErrors() {
    return new Set(
      units()
        .filter((unit) => unit.querySelector(errorSelector))
        .map((unit) => unit.dataset.kpLanguage),
    );
  }

  function apply() {
    // A language with an error is shown whatever was chosen.
    languagesWithErrors().forEach((code) => state.shown.add(code));
    const shown = codes.filter((code) => state.shown.has(code));
    units().forEach((unit) => {
      const visible = state.shown.has(unit.dataset.kpLanguage);
      unit.classList.toggle('kp-language-hidden', !visible);
      // Its column when side by side (only a grid looks at it).
      unit.style.gridColumn = String(shown.indexOf(unit.dataset.kpLanguage) + 1);
    });
    form.style.setProperty('--kp-columns', String(shown.length));
    form.classList.toggle('kp-languages--side-by-side', state.sideBySide && shown.length > 1);
    bar.querySelectorAll('[data-kp-toggle]').forEach((button) => {
      button.setAttribute('aria-pressed', String(state.shown.has(button.dataset.kpToggle)));
    });
    sideBySideButton.setAttribute('aria-pressed', String(state.sideBySide));
    sideBySideButton.disabled = shown.length < 2;
  }

  function toggle(code) {
    if (state.shown.has(code) && state.shown.size > 1) {
      state.shown.delete(code);
    } else {
      state.shown.add(code);
    }
    savePreference();
    apply();
  }

  /* The bar above the form. */

  const bar = document.createElement('div');
  bar.className = 'kp-languages';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', config.text.languages);
  const label = document.createElement('span');
  label.className = 'kp-languages__label';
  label.textContent = config.text.languages;
  bar.append(label);
  config.languages.forEach(({ code, name }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small button-secondary kp-languages__toggle';
    button.dataset.kpToggle = code;
    button.lang = code;
    button.textContent = name;
    button.addEventListener('click', () => toggle(code));
    bar.append(button);
  });
  const sideBySideButton = document.createElement('button');
  sideBySideButton.type = 'button';
  sideBySideButton.className = 'button button-small button-secondary kp-languages__toggle';
  sideBySideButton.textContent = config.text.sideBySide;
  sideBySideButton.addEventListener('click', () => {
    state.sideBySide = !state.sideBySide;
    savePreference();
    apply();
  });
  bar.append(sideBySideButton);

  /* Copying one language's content into another. */

  function streamRoot(unit) {
    const element = [...unit.querySelectorAll('[id$="-root"]')].find((root) => root.rootBlock);
    return element ? element.rootBlock : null;
  }

  function richText(unit) {
    const input = unit.querySelector('input[data-draftail-input]');
    return input && input.draftailEditor ? input.draftailEditor : null;
  }

  function chooser(unit) {
    const element = unit.querySelector('[id$="-chooser"]');
    return element && element.widget ? element.widget : null;
  }

  function plainInputs(unit) {
    const fields = 'input:not([type=hidden]):not([type=button]), textarea, select';
    return [...unit.querySelectorAll(fields)];
  }

  function kind(unit) {
    // Inside a StreamField there are rich texts and choosers too: the stream comes first.
    if (streamRoot(unit)) return 'stream';
    if (richText(unit)) return 'richtext';
    if (chooser(unit)) return 'chooser';
    return 'plain';
  }

  function isEmpty(unit) {
    switch (kind(unit)) {
      case 'stream':
        return streamRoot(unit).getState().length === 0;
      case 'richtext':
        return !richText(unit).getEditorState().getCurrentContent().hasText();
      case 'chooser':
        return !chooser(unit).getState();
      default:
        return plainInputs(unit).every((input) =>
          input.type === 'checkbox' ? !input.checked : !input.value.trim(),
        );
    }
  }

  function copyInto(target, source) {
    switch (kind(source)) {
      case 'stream':
        streamRoot(target).setState(streamRoot(source).getDuplicatedState());
        break;
      case 'richtext':
        richText(target).onChange(richText(source).getEditorState());
        break;
      case 'chooser':
        chooser(target).setState(chooser(source).getState());
        break;
      default: {
        const targets = plainInputs(target);
        plainInputs(source).forEach((input, index) => {
          const field = targets[index];
          if (!field) return;
          if (field.type === 'checkbox') field.checked = input.checked;
          else field.value = input.value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    }
  }

  function copyPairs(pairs) {
    const filled = pairs.filter(([target]) => !isEmpty(target));
    if (filled.length && !window.confirm(config.text.replace)) return;
    pairs.forEach(([target, source]) => copyInto(target, source));
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function copyButton(text, language, onClick) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small button-secondary kp-copy';
    button.textContent = text.replace('%(language)s', names[language]);
    button.dataset.kpCopyFrom = language;
    button.addEventListener('click', onClick);
    return button;
  }

  function addCopyButtons(unit) {
    // Translations start from another language; the default language is written first.
    // A slug follows its own title (Wagtail fills it in) and is not copied.
    if (unit.dataset.kpLanguage === config.default || unit.dataset.kpField === 'slug') return;
    const holder = document.createElement('div');
    holder.className = 'kp-copy-buttons';
    codes
      .filter((code) => code !== unit.dataset.kpLanguage)
      .forEach((code) => {
        holder.append(
          copyButton(config.text.copyFrom, code, () => {
            const source = counterpart(unit, code);
            if (source) copyPairs([[unit, source]]);
          }),
        );
      });
    if (unit.matches('section')) {
      unit.querySelector(':scope > .w-panel__header').append(holder);
    } else {
      const fieldLabel = unit.querySelector(':scope > label');
      if (fieldLabel) fieldLabel.after(holder);
      else unit.prepend(holder);
    }
  }

  function addListCopyButtons(list) {
    // An inline list: every item's fields of one language, from another, in one action.
    const section = list.closest('section[data-panel]');
    const content = section && section.querySelector(':scope > .w-panel__content');
    if (!content || content.querySelector(':scope > .kp-copy-buttons')) return;
    const holder = document.createElement('div');
    holder.className = 'kp-copy-buttons kp-copy-buttons--list';
    const targets = codes.filter((code) => code !== config.default);
    targets.forEach((target) => {
      codes
        .filter((code) => code !== target)
        .forEach((source) => {
          const button = copyButton(config.text.copyListFrom, source, () => {
            const pairs = units(list)
              .filter((unit) => unit.dataset.kpLanguage === target)
              .map((unit) => [unit, counterpart(unit, source)])
              .filter(([, from]) => from);
            copyPairs(pairs);
          });
          button.textContent = config.text.copyListFrom
            .replace('%(target)s', names[target])
            .replace('%(language)s', names[source]);
          holder.append(button);
        });
    });
    content.prepend(holder);
  }

  /* Start, and follow what Wagtail adds later (new inline items, StreamFields drawn late). */

  markUnits(form);
  if (!units().length) return;
  (form.querySelector('.tab-content') || form).prepend(bar);
  form.querySelectorAll('[id$="-FORMS"]').forEach(addListCopyButtons);
  apply();

  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      markUnits(form);
      apply();
    });
  }).observe(form, { childList: true, subtree: true });
})();
