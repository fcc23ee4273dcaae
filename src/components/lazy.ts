/**
 * `loading="lazy"`: a load waits until its element comes within about one
 * screen of the viewport. Always loaded, so kept to a few lines: one observer
 * per waiting element, let go once it is near (the last record of a batch is
 * the element's state now), or once its load is aborted (a new load, the
 * element removed: a detached element never comes near), rejecting as the
 * aborted load does.
 */
export const whenNear = (element: Element, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const observer = new IntersectionObserver((entries) => entries.pop()!.isIntersecting && (observer.disconnect(), resolve()), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    signal.addEventListener('abort', () => (observer.disconnect(), reject(signal.reason)));
  });
