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
  if (!path.endsWith('/sign-in/username')) return (await getAuth()).handler(request);
  // The body is read once, here, and handed on checked: reading a clone past the limit while the original stayed
  // unread held a chunked body's stream still, and the request never got an answer.
  const body = await parseJsonBody(request, signInInput);
  if (!body.ok) return body.response;
  return (await getAuth()).handler(withJsonBody(request, body.data));
}

/** The request again with `data` as its JSON body (its own was read to check it). */
function withJsonBody(request: Request, data: unknown): Request {
  const headers = new Headers(request.headers);
  for (const name of ['content-length', 'transfer-encoding']) headers.delete(name);
  return new Request(request.url, { method: request.method, headers, body: JSON.stringify(data) });
}
