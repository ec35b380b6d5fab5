import { getAuth } from '../../../_lib/auth';

/**
 * better-auth's endpoints (sign-in with username and password, sign-out, session): public by nature, rate-limited
 * by the library. Sign-up is switched off: accounts come from the seed and office heads.
 */
export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request);
}
