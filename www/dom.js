// A small element builder: every text goes in through textContent or a property,
// never as HTML.

/**
 * `h('input', {class: 'x', value: 'v', dataset: {pointer: '/title'}}, ...children)`.
 * `text` sets textContent; `value`, `checked`, `disabled`, `selected` are set as
 * properties; `dataset` names must be lowercase; other keys become attributes
 * (true → empty, false/null → absent). Children may be nodes, strings or arrays.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') {
      // Plain lowercase names: setAttribute is much cheaper than the dataset proxy.
      for (const name in value) node.setAttribute(`data-${name}`, value[name]);
    } else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected') {
      node[key] = value;
    } else node.setAttribute(key, value === true ? '' : value);
  }
  for (const c of children) {
    if (Array.isArray(c)) node.append(...c);
    else if (c !== null && c !== undefined && c !== false) node.append(c);
  }
  return node;
}

/** Adds or removes one id in an element's aria-describedby. */
export function describedBy(node, id, present) {
  const ids = new Set((node.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  if (present) ids.add(id);
  else ids.delete(id);
  if (ids.size === 0) node.removeAttribute('aria-describedby');
  else node.setAttribute('aria-describedby', [...ids].join(' '));
}
