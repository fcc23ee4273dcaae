/**
 * `loading="lazy"`: a load waits until its element comes within about one
 * screen of the viewport. Always loaded, so kept to a few lines: one observer
 * per waiting element, let go once it is near (the last record of a batch is
 * the element's state now). An element removed before never comes near (a
 * detached element does not intersect); its load, aborted meanwhile, would
 * fetch nothing even then (an aborted signal rejects at once).
 */
export const whenNear = (element: Element): Promise<void> =>
  new Promise((resolve) =>
    new IntersectionObserver((entries, observer) => entries.pop()!.isIntersecting && (observer.disconnect(), resolve()), {
      rootMargin: '100% 0px',
    }).observe(element),
  );
