/// The preview's one page: a gallery of every spec's figure that follows the server's events.
///
/// Plain HTML, CSS and JavaScript in one string, loading nothing from elsewhere, so it works offline and
/// under the server's content security policy. Everything that came from a spec (names, diagnostics,
/// category names) reaches the page as text nodes (`textContent`), never as HTML, so it is escaped.
///
/// - A card per spec: name, render time, a warnings badge (click shows the text), the figure.
/// - A broken spec keeps its last good figure, dimmed, under its diagnostics as the terminal prints them.
/// - Click a card to see it large; arrow keys move between figures; Escape returns to the gallery.
/// - Hovering a heatmap cell, a scatter trial, a parallel-coordinates line or a surface cell shows its parameter
///   values and score (from `HoverJSON`); a click copies the point as a YAML flow mapping for an annotation's `at:`.
///   On a surface the page finds the last-painted quad under the pointer (point in polygon: geometry, no
///   plotting) and reads its nearest corner, so a cell hidden behind another is never read. On a heatmap or
///   surface drawn from an estimate, a cell reads its centre's two values, the estimate (or "no data"),
///   the posterior std of a Gaussian process and the number of trials in the cell. On a slice, a trial
///   marker reads its row; elsewhere the nearest curve point reads its x, held value, value and noise σ.
///   An importance bar's row reads its share and variance (a bar is not a point: a click copies nothing).
/// - Dragging a 3-D surface turns its camera: the page asks `/figures/ID/view` for the new view (one
///   request at a time, the latest angles winning, with the hover data of that view) and shows the `elevation:`/`azimuth:` lines to paste
///   into the spec; a click on them copies them. The next save shows the spec's own view again.
enum PreviewPage {
    static let html = #"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>plotspec preview</title>
        <style>
        body{font:14px system-ui,sans-serif;margin:0;background:#f4f4f4;color:#222}
        header{padding:8px 16px;background:#222;color:#eee;display:flex;gap:16px;align-items:baseline}
        header .status{color:#9c9}
        header .status.lost{color:#e99}
        #gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:16px;padding:16px}
        #gallery.single{grid-template-columns:1fr}
        #gallery.single .card:not(.selected){display:none}
        .card{background:#fff;border:2px solid #ddd;border-radius:6px;padding:8px;position:relative;cursor:pointer}
        .card.selected{border-color:#47a}
        .card h2{font-size:15px;margin:0 0 4px 0;display:flex;gap:8px;align-items:baseline}
        .card .time{color:#777;font-weight:normal;font-size:12px}
        .card .badge{background:#e9b53b;border:0;border-radius:9px;padding:1px 8px;font-size:12px;cursor:pointer}
        .card .badge[hidden]{display:none}
        .figure{position:relative}
        .figure img{width:100%;display:block;cursor:crosshair}
        .card.broken .figure img{opacity:.3}
        pre.errors{position:absolute;inset:0;margin:0;padding:8px;overflow:auto;background:rgba(255,240,240,.88);
          color:#900;font:12px ui-monospace,monospace;white-space:pre-wrap}
        pre.warnings{margin:4px 0;padding:6px;background:#fff8e0;font:12px ui-monospace,monospace;white-space:pre-wrap}
        pre.camera{margin:4px 0;padding:6px;background:#eef4fb;font:12px ui-monospace,monospace;cursor:copy}
        pre.camera[hidden]{display:none}
        .figure img.turnable{cursor:grab}
        #tooltip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:6px 8px;border-radius:4px;
          font:12px ui-monospace,monospace;white-space:pre;z-index:10}
        </style></head>
        <body>
        <header><strong>plotspec preview</strong><span class="status" id="status">connecting…</span>
        <span>click a figure to enlarge · ←/→ move · Esc back · hover to read values, click to copy</span></header>
        <main id="gallery"></main>
        <div id="tooltip" hidden></div>
        <script>
        "use strict";
        const gallery = document.getElementById("gallery");
        const tooltip = document.getElementById("tooltip");
        const cards = new Map();
        const hovers = new Map();
        let selected = -1;

        function card(id) {
          if (cards.has(id)) return cards.get(id);
          const el = document.createElement("section");
          el.className = "card";
          el.dataset.id = id;
          el.innerHTML = '<h2><span class="name"></span><span class="time"></span>' +
            '<button class="badge" hidden></button></h2><pre class="warnings" hidden></pre>' +
            '<div class="figure"><img alt=""><pre class="errors" hidden></pre></div>' +
            '<pre class="camera" hidden title="click to copy"></pre>';
          el.querySelector(".badge").addEventListener("click", e => {
            e.stopPropagation();
            const w = el.querySelector("pre.warnings");
            w.hidden = !w.hidden;
          });
          el.addEventListener("click", () => select(Number(id), true));
          const img = el.querySelector("img");
          img.addEventListener("mousemove", e => hover(Number(id), img, e));
          img.addEventListener("mouseleave", () => { tooltip.hidden = true; lastMove = null; });
          img.addEventListener("click", e => {
            if (turning.moved || copy(Number(id), img, e)) e.stopPropagation();
            turning.moved = false;
          });
          img.addEventListener("pointerdown", e => startTurn(Number(id), img, e));
          img.addEventListener("pointermove", e => turn(Number(id), img, e));
          img.addEventListener("pointerup", () => { turning.id = -1; });
          const camera = el.querySelector("pre.camera");
          camera.addEventListener("click", e => {
            e.stopPropagation();
            if (navigator.clipboard) navigator.clipboard.writeText(camera.textContent).catch(() => {});
          });
          gallery.appendChild(el);
          cards.set(id, el);
          return el;
        }

        function update(state) {
          const el = card(state.id);
          el.querySelector(".name").textContent = state.name;
          el.querySelector(".time").textContent = state.seconds === undefined ? "rendering…" :
            state.seconds.toFixed(2) + " s";
          el.dataset.version = state.version;
          const badge = el.querySelector(".badge");
          badge.hidden = !state.warningCount;
          badge.textContent = state.warningCount + (state.warningCount === 1 ? " warning" : " warnings");
          el.querySelector("pre.warnings").textContent = state.warnings || "";
          if (!state.warningCount) el.querySelector("pre.warnings").hidden = true;
          const errors = el.querySelector("pre.errors");
          errors.textContent = state.errors || "";
          errors.hidden = !state.errorCount;
          el.classList.toggle("broken", !!state.errorCount);
          if (state.hasImage && !state.errorCount) {
            const img = el.querySelector("img");
            const next = new Image();
            next.onload = () => {
              img.src = next.src;
              el.dataset.shown = state.version;
              el.querySelector("pre.camera").hidden = true;
              hoverData(state.id);
            };
            next.src = "/figures/" + state.id + "/image?v=" + state.version;
            hovers.delete(state.id);
          }
        }

        function select(id, toggle) {
          if (toggle && selected === id && gallery.classList.contains("single")) {
            gallery.classList.remove("single");
            return;
          }
          cards.forEach(c => c.classList.remove("selected"));
          selected = id;
          const el = cards.get(id);
          if (!el) return;
          el.classList.add("selected");
          gallery.classList.add("single");
          el.scrollIntoView({block: "nearest"});
        }

        document.addEventListener("keydown", e => {
          const count = cards.size;
          if (!count) return;
          if (e.key === "ArrowRight" || e.key === "ArrowDown") select((selected + 1 + count) % count, false);
          else if (e.key === "ArrowLeft" || e.key === "ArrowUp") select((selected - 1 + count) % count, false);
          else if (e.key === "Escape") gallery.classList.remove("single");
          else return;
          e.preventDefault();
        });

        function hoverData(id) {
          const el = cards.get(id);
          const version = el.dataset.shown;
          const known = hovers.get(id);
          if (known && known.version === version) return known.data;
          if (!known || known.version !== version) {
            hovers.set(id, {version: version, data: null});
            fetch("/figures/" + id + "/hover").then(r => r.ok ? r.json() : null)
              .then(d => {
                const h = hovers.get(id);
                if (h && h.version === version) h.data = d;
                // A surface can be dragged once its camera is known.
                el.querySelector("img").classList.toggle("turnable", !!(d && d.camera));
                // The pointer may have arrived before the data: show what is under it now.
                if (lastMove && lastMove.id === id) hover(id, lastMove.img, lastMove.event);
              });
          }
          return null;
        }

        // The row under the pointer: the frame containing it, then its heatmap cell, nearest scatter trial,
        // nearest parallel-coordinates line or visible surface cell.
        function pointAt(id, img, e) {
          const data = hoverData(id);
          if (!data || !img.naturalWidth) return null;
          const r = img.getBoundingClientRect();
          const px = (e.clientX - r.left) * img.naturalWidth / r.width;
          const py = (e.clientY - r.top) * img.naturalHeight / r.height;
          for (const f of data.frames) {
            const [x, y, w, h] = f.rect;
            if (px < x || px > x + w || py < y || py > y + h) continue;
            let row = -1;
            if (f.kind === "heatmap") {
              const i = Math.min(f.columns - 1, Math.floor((px - x) / w * f.columns));
              const j = Math.min(f.rows - 1, Math.floor((y + h - py) / h * f.rows));
              if (f.estimate) return estimatePoint(data, f, j * f.columns + i);
              row = f.cells[j * f.columns + i];
            } else if (f.kind === "scatter") {
              let best = (8 * img.naturalWidth / r.width) ** 2;
              f.points.forEach(([qx, qy], k) => {
                const d = (qx - px) ** 2 + (qy - py) ** 2;
                if (d < best) { best = d; row = k; }
              });
            } else if (f.kind === "parallel") {
              // The line nearest the pointer where it crosses the pointer's x, between two axes.
              let k = 0;
              while (k < f.slots.length - 2 && px > f.slots[k + 1]) k++;
              const t = Math.min(1, Math.max(0, (px - f.slots[k]) / (f.slots[k + 1] - f.slots[k])));
              let best = 6 * img.naturalWidth / r.width;
              f.lines.forEach((ys, n) => {
                const d = Math.abs(ys[k] + (ys[k + 1] - ys[k]) * t - py);
                if (d < best) { best = d; row = n; }
              });
            } else if (f.kind === "slice") {
              // A trial marker within 8 px is a sample row; else the nearest curve point within 12 px.
              let best = (8 * img.naturalWidth / r.width) ** 2;
              f.points.forEach(([qx, qy], k) => {
                const d = (qx - px) ** 2 + (qy - py) ** 2;
                if (d < best) { best = d; row = k; }
              });
              if (row < 0) return slicePoint(data, f, px, py, (12 * img.naturalWidth / r.width) ** 2);
            } else if (f.kind === "bars") {
              const bar = f.bars.find(b => py >= b.band[1] && py <= b.band[1] + b.band[3]);
              if (!bar) return null;
              const share = (100 * bar.share).toPrecision(4) + " %";
              return {names: [], values: [], panel: panelOf(data, f).name, scores: [
                ["bar", bar.parameter === null ? "interactions" : data.parameters[bar.parameter]],
                [f.estimatedFrom === null ? "share of the variance" : "estimated share", share],
                ["variance", bar.variance], ["total variance", f.total]]};
            } else if (f.kind === "surface") {
              const k = surfacePoint(f, px, py);
              if (k >= 0 && f.estimate) return estimatePoint(data, f, k);
              row = k < 0 ? -1 : f.cells[k];
            }
            if (row < 0) return null;
            const panel = panelOf(data, f), values = panel.rows[row], n = data.parameters.length;
            return {names: data.parameters, values: values.slice(0, n), panel: panel.name,
                    scores: [["score", values[n]], ["true_score", values[n + 1]]]};
          }
          return null;
        }

        // The slice curve point nearest the pointer (within `reach`, squared pixels): its x, the held value
        // of the series parameter, the shown value and the noise's standard deviation there.
        function slicePoint(data, f, px, py, reach) {
          let best = reach, found = null;
          f.curves.forEach((curve, c) => {
            for (let k = 0; k < curve.xs.length; k++) {
              const d = (curve.points[2 * k] - px) ** 2 + (curve.points[2 * k + 1] - py) ** 2;
              if (d < best) { best = d; found = [c, k]; }
            }
          });
          if (!found) return null;
          const [c, k] = found, curve = f.curves[c];
          const names = [data.parameters[f.x.parameter]], values = [curve.xs[k]];
          if (f.series !== null && curve.held !== null) { names.push(data.parameters[f.series]); values.push(curve.held); }
          return {names: names, values: values, panel: panelOf(data, f).name,
                  scores: [[f.shown + " (noise-free)", curve.values[k]], ["noise σ", curve.sigma[k]]]};
        }

        // A cell (heatmap) or grid point (surface) of an estimate from trials: the centre's values along
        // the two axes, the estimate there ("no data" where it is missing), the Gaussian process's
        // standard deviation when there is one, and how many trials fall in the cell.
        function estimatePoint(data, f, k) {
          const e = f.estimate, i = k % f.columns, j = (k - i) / f.columns;
          const label = e.method === "gp" ? "estimate (Gaussian process)" : "estimate (binned mean)";
          const scores = [[label, e.mean[k] === null ? "no data" : e.mean[k]]];
          if (e.std) scores.push(["posterior std", e.std[k]]);
          scores.push(["trials in cell", e.count[k]]);
          return {names: [data.parameters[f.x.parameter], data.parameters[f.y.parameter]],
                  values: [e.xs[i], e.ys[j]], panel: panelOf(data, f).name, scores: scores};
        }

        // The panel a frame belongs to (a figure without panels has one).
        function panelOf(data, f) { return data.panels[f.panel] || data.panels[0]; }

        // The surface quad painted last (so seen) whose polygon holds the point, and of it the corner
        // nearest the point: that grid point's index; -1 off the surface.
        function surfacePoint(f, px, py) {
          const across = f.columns - 1, v = f.vertices;
          for (let k = f.quads.length - 1; k >= 0; k--) {
            const i = f.quads[k] % across, j = (f.quads[k] - i) / across;
            const corners = [j * f.columns + i, j * f.columns + i + 1, (j + 1) * f.columns + i + 1, (j + 1) * f.columns + i];
            let inside = false;
            for (let a = 0, b = 3; a < 4; b = a++) {
              const [ax, ay, bx, by] = [v[2 * corners[a]], v[2 * corners[a] + 1], v[2 * corners[b]], v[2 * corners[b] + 1]];
              if ((ay > py) !== (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax) inside = !inside;
            }
            if (!inside) continue;
            let best = Infinity, nearest = corners[0];
            for (const c of corners) {
              const d = (v[2 * c] - px) ** 2 + (v[2 * c + 1] - py) ** 2;
              if (d < best) { best = d; nearest = c; }
            }
            return nearest;
          }
          return -1;
        }

        function text(value) { return typeof value === "number" ? String(value) : value; }

        function yamlScalar(value) {
          if (typeof value === "number") return String(value);
          return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(value) ? value : JSON.stringify(value);
        }

        let lastMove = null;

        // Dragging a surface: horizontal movement turns the azimuth, vertical the elevation.
        const turning = {id: -1, moved: false};
        const views = new Map();

        function startTurn(id, img, e) {
          // A figure turned since its last save goes on from its view (whose hover data may be missing);
          // otherwise from the spec's camera.
          const shown = cards.get(id).dataset.shown;
          let view = views.get(id);
          if (!view || view.version !== shown) {
            const data = hoverData(id);
            if (!data || !data.camera) return;
            view = view || {loading: false, wanted: null};
            Object.assign(view, {elevation: data.camera.elevation, azimuth: data.camera.azimuth, version: shown});
            views.set(id, view);
          }
          Object.assign(turning, {id: id, x: e.clientX, y: e.clientY, elevation: view.elevation,
            azimuth: view.azimuth, moved: false});
          img.setPointerCapture(e.pointerId);
          e.preventDefault();
        }

        function turn(id, img, e) {
          if (turning.id !== id) return;
          const dx = e.clientX - turning.x, dy = e.clientY - turning.y;
          if (Math.abs(dx) + Math.abs(dy) < 3) return;
          turning.moved = true;
          const view = views.get(id);
          view.elevation = Math.round(Math.min(90, Math.max(-90, turning.elevation + dy * 0.4)));
          let azimuth = turning.azimuth - dx * 0.5;
          azimuth = ((azimuth + 180) % 360 + 360) % 360 - 180;
          view.azimuth = Math.round(azimuth);
          const camera = cards.get(id).querySelector("pre.camera");
          camera.textContent = "elevation: " + view.elevation + "\nazimuth: " + view.azimuth;
          camera.hidden = false;
          requestView(id, img, view);
        }

        // One view request at a time per figure; the angles asked for while one loads wait, latest first.
        // The view's hover data comes with it and is swapped in with the image, so hovering reads the
        // surface as it is shown.
        function requestView(id, img, view) {
          const query = "?elevation=" + view.elevation + "&azimuth=" + view.azimuth;
          const url = "/figures/" + id + "/view" + query;
          if (view.loading) { view.wanted = url; return; }
          view.loading = true;
          const next = new Image();
          const loaded = new Promise(done => { next.onload = next.onerror = done; });
          next.src = url;
          const data = fetch("/figures/" + id + "/view/hover" + query).then(r => r.ok ? r.json() : null)
            .catch(() => null);
          Promise.all([loaded, data]).then(([, d]) => {
            if (next.naturalWidth && cards.get(id).dataset.shown === view.version) {
              img.src = next.src;
              hovers.set(id, {version: view.version, data: d});
              if (lastMove && lastMove.id === id) hover(id, lastMove.img, lastMove.event);
            }
            view.loading = false;
            const wanted = view.wanted;
            view.wanted = null;
            if (wanted && wanted !== url) requestView(id, img, view);
          });
        }

        function hover(id, img, e) {
          lastMove = {id: id, img: img, event: e};
          const point = pointAt(id, img, e);
          if (!point) { tooltip.hidden = true; return; }
          const lines = point.names.map((name, k) => name + ": " + text(point.values[k]));
          for (const [label, value] of point.scores) lines.push(label + ": " + text(value));
          if (point.panel !== null) lines.unshift("panel: " + point.panel);
          tooltip.textContent = lines.join("\n");
          tooltip.style.left = (e.clientX + 14) + "px";
          tooltip.style.top = (e.clientY + 14) + "px";
          tooltip.hidden = false;
        }

        function copy(id, img, e) {
          const point = pointAt(id, img, e);
          if (!point || point.names.length === 0) return false;
          const yaml = "{" + point.names.map((name, k) => name + ": " + yamlScalar(point.values[k])).join(", ") + "}";
          tooltip.dataset.copied = yaml;
          if (navigator.clipboard) navigator.clipboard.writeText(yaml).catch(() => {});
          tooltip.textContent = "copied " + yaml;
          return true;
        }

        function connect() {
          const status = document.getElementById("status");
          const events = new EventSource("/events");
          events.onopen = () => {
            status.textContent = "live";
            status.classList.remove("lost");
            fetch("/figures").then(r => r.json()).then(list => list.forEach(update));
          };
          events.onerror = () => { status.textContent = "reconnecting…"; status.classList.add("lost"); };
          events.addEventListener("figure", e => update(JSON.parse(e.data)));
        }
        connect();
        </script></body></html>
        """#
}
