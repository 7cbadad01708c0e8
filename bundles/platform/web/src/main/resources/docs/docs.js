// Swagger UI over the platform's one OpenAPI document; "Try it out" uses the browser's session with the page.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: false,
    requestInterceptor: (request) => {
      request.headers['X-ZKS-Request'] = '1';
      return request;
    },
  });
});
