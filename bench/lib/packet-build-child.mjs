// Builds one session packet from the materials listed in the manifest (argv[2]) with the server's builder,
// in a process of its own so its memory is the packet's alone. Prints one JSON line: build time, the
// CPU time it took (user + system: steadier than the wall clock on a busy machine), the resident set before the build, the peak (the kernel's high-water mark of this process, getrusage maxrss) and the packet's size and pages.
import { readFile } from 'node:fs/promises';
import { buildPacket } from '../../packages/server/dist/modules/session-packet/packet-builder.js';

/** @type {Array<{ file: string, pages: number }>} */
const manifest = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8'));
const items = manifest.map((material, i) => ({
  number: String(i + 1),
  title: `Agenda item ${i + 1}: report and proposed decision on čšž matters — Τακτική — ђ`,
  kind: /** @type {const} */ ('decision'),
  rapporteur: 'Mojca Župančič',
  materials: [{ name: `Material ${i + 1}.pdf`, contentType: 'application/pdf', open: () => readFile(material.file) }],
}));
const baselineRss = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const packet = await buildPacket({
  language: 'sl',
  createdAt: new Date(),
  cover: {
    bodyName: 'Svet za informatiko',
    kind: 'regular',
    number: 5,
    title: null,
    startsAt: new Date(),
    deadlineAt: null,
    timeZone: 'Europe/Ljubljana',
    place: 'Gregorčičeva 20, Ljubljana',
    onlineUrl: null,
  },
  items,
});
const buildMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const included = packet.materials.flat().filter((m) => m.outcome === 'included').length;
console.log(
  JSON.stringify({
    buildMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    baselineRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
    packetBytes: packet.bytes.length,
    pageCount: packet.pageCount,
    included,
  }),
);
