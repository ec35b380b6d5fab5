import { authPathsInUse, signInInput } from '@/lib/auth/sign-in-input';
import { getAuth, refuseForeignWrite } from '../../../_lib/auth';
import { errorResponse, parseJsonBody } from '../../../_lib/http';

/**
 * better-auth's endpoints, as far as the app uses them: sign-in with username and password, and sign-out. The
 * library offers many more (update-user let anyone rename themselves); they answer 404 here. Both take JSON from the
 * app's own pages only; sign-in is rate-limited by the library per client address.
 */
export async function POST(request: Request) {
  const path = new URL(request.url).pathname;
  if (!(authPathsInUse as readonly string[]).includes(path)) return errorResponse(request, 404, 'notFound');
  const foreign = refuseForeignWrite(request);
  if (foreign) return foreign;
  if (path.endsWith('/sign-in/username')) {
    const body = await parseJsonBody(request.clone(), signInInput);
    if (!body.ok) return body.response;
  }
  return (await getAuth()).handler(request);
}
