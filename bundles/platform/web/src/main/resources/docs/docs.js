// Swagger UI over the platform's one OpenAPI document; "Try it out" uses the browser's session with the page.
// Deep links are off: with them Swagger UI puts a link inside each operation's button (nested controls, which
// screen readers cannot use); the server choice gets a name it lacks.
function label() {
  const servers = document.getElementById('servers');
  if (servers && !servers.hasAttribute('aria-label')) servers.setAttribute('aria-label', 'Server');
}

window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: false,
    tryItOutEnabled: false,
    requestInterceptor: (request) => {
      request.headers['X-ZKS-Request'] = '1';
      return request;
    },
    onComplete: label,
  });
  new MutationObserver(label).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
});
