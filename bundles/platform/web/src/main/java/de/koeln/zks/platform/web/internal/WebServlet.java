package de.koeln.zks.platform.web.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The page at {@code /}: the shell ({@code /}, {@code /shell/...}), the WebJars ({@code /lib/{name}/{version}/...}),
 * the parts of the installed modules ({@code /web/{name}/...}), which parts there are ({@code /web/parts.json}) and
 * the page's settings ({@code /web/config.json}). The REST API keeps its own contexts under {@code /api}.
 */
@Component(service = Servlet.class, configurationPid = "de.koeln.zks.platform.web", property = {
    "osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.name=zks-web",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
@Designate(ocd = WebConfig.class)
public class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String WEBJARS = "META-INF/resources/webjars/";

    private final transient Bundle own;
    private final transient WebParts parts;
    private final transient Properties libraries;
    private volatile String config;

    @Activate
    public WebServlet(BundleContext context, @Reference WebParts parts, WebConfig config) {
        this.own = context.getBundle();
        this.parts = parts;
        this.libraries = Libraries.of(own);
        modified(config);
    }

    @Modified
    void modified(WebConfig config) {
        String languages = Arrays.stream(config.languages().split(","))
            .map(String::strip).filter(l -> l.matches("[a-z]{2}")).map(StaticFiles::quote)
            .collect(Collectors.joining(","));
        String libs = libraries.stringPropertyNames().stream().sorted()
            .map(name -> StaticFiles.quote(name) + ":" + StaticFiles.quote("/lib/" + name + "/" + libraries.getProperty(name)))
            .collect(Collectors.joining(","));
        this.config = "{\"language\":" + StaticFiles.quote(config.language()) + ",\"languages\":[" + languages + "]"
            + ",\"alarmShortcut\":" + StaticFiles.quote(config.alarmShortcut().strip())
            + ",\"libraries\":{" + libs + "}}";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            StaticFiles.send(request, response, own.getEntry("shell/index.html"), "index.html", own.getLastModified(), false);
        } else if (path.equals("/web/parts.json")) {
            StaticFiles.json(response, partsJson());
        } else if (path.equals("/web/config.json")) {
            StaticFiles.json(response, config);
        } else if (path.startsWith("/shell/")) {
            ownFile(request, response, "shell/", path.substring("/shell/".length()), false);
        } else if (path.startsWith("/lib/")) {
            ownFile(request, response, WEBJARS, path.substring("/lib/".length()), true);
        } else if (path.startsWith("/web/")) {
            partFile(request, response, path.substring("/web/".length()));
        } else if (path.equals("/favicon.ico")) {
            ownFile(request, response, "shell/", "favicon.svg", false);
        } else {
            StaticFiles.notFound(response);
        }
    }

    private void ownFile(HttpServletRequest request, HttpServletResponse response, String folder, String rest,
            boolean immutable) throws IOException {
        String safe = StaticFiles.safe(rest);
        URL file = safe == null ? null : own.getEntry(folder + safe);
        StaticFiles.send(request, response, file, rest, own.getLastModified(), immutable);
    }

    private void partFile(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String safe = slash < 0 ? null : StaticFiles.safe(rest.substring(slash + 1));
        if (safe == null || !WebParts.NAME.matcher(name).matches()) {
            StaticFiles.notFound(response);
            return;
        }
        StaticFiles.send(request, response, parts.file(name, safe).orElse(null), safe, parts.lastModified(name), false);
    }

    String partsJson() {
        return parts.parts().stream()
            .map(p -> "{\"name\":" + StaticFiles.quote(p.name()) + ",\"version\":" + StaticFiles.quote(p.version())
                + ",\"script\":" + StaticFiles.quote("/web/" + p.name() + "/part.js") + "}")
            .collect(Collectors.joining(",", "[", "]"));
    }
}
