import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Loading } from './Problem';

/**
 * A component whose module (and the libraries it pulls in) is loaded on first render, showing
 * <Loading /> meanwhile: kept out of the first page's JavaScript.
 */
export function lazyLoaded<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): ComponentType<ComponentProps<C>> {
  const Lazy = lazy(load);
  return function LazyLoaded(props: ComponentProps<C>) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
