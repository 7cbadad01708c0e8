package de.koeln.zks.platform.web.internal;

import java.io.IOException;
import java.net.URL;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The API reference at {@code /api/docs}: Swagger UI from its WebJar over {@code /api/openapi.json}. It has a
 * servlet context of its own at that path, so that it wins over the REST application at {@code /api}.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/*",
    "osgi.http.whiteboard.servlet.name=zks-api-docs",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + ApiDocsContext.NAME + ")"})
public class ApiDocs extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Bundle own;
    private final String swaggerUi;

    @Activate
    public ApiDocs(BundleContext context, @Reference ApiDocsContext docsContext) {
        this.own = context.getBundle();
        this.swaggerUi = WebServlet.WEBJARS + "swagger-ui/" + docsContext.swaggerUiVersion() + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String rest = path.substring(1);
        if (rest.isEmpty() || rest.equals("index.html")) {
            StaticFiles.send(request, response, own.getEntry("docs/index.html"), "index.html", own.getLastModified(), false);
        } else if (rest.equals("docs.js") || rest.equals("docs.css")) {
            StaticFiles.send(request, response, own.getEntry("docs/" + rest), rest, own.getLastModified(), false);
        } else {
            String safe = StaticFiles.safe(rest);
            URL file = safe == null ? null : own.getEntry(swaggerUi + safe);
            StaticFiles.send(request, response, file, rest, own.getLastModified(), false);
        }
    }
}
