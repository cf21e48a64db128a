import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Who is signed in: the claims of the bearer token (the services check the signature). */
export interface Principal {
  sub: string;
  tenant: string;
  unit?: string;
  roles: string[];
  exp?: number;
}

export interface Session {
  token: string;
  principal: Principal;
}

const STORAGE_KEY = 'capaian.session';

/** Decodes a JWT's payload (no verification: that is the services' job). Undefined when malformed. */
export function decodeToken(token: string): Principal | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Partial<Principal>;
    if (typeof claims.sub !== 'string' || typeof claims.tenant !== 'string' || !Array.isArray(claims.roles)) return undefined;
    return { sub: claims.sub, tenant: claims.tenant, unit: claims.unit, roles: claims.roles.filter((r) => typeof r === 'string'), exp: claims.exp };
  } catch {
    return undefined;
  }
}

function stored(): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const principal = token ? decodeToken(token) : undefined;
  if (!token || !principal) return undefined;
  if (principal.exp !== undefined && principal.exp * 1000 < Date.now()) return undefined;
  return { token, principal };
}

interface SessionContextValue {
  session: Session | undefined;
  signIn(token: string): boolean;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(stored);
  const signIn = useCallback((token: string) => {
    const principal = decodeToken(token);
    if (!principal) return false;
    sessionStorage.setItem(STORAGE_KEY, token);
    setSession({ token, principal });
    return true;
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(undefined);
  }, []);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export const hasRole = (session: Session | undefined, ...roles: string[]) => !!session && session.principal.roles.some((r) => roles.includes(r) || r === 'admin');
