// Writes the generated geometry files from the reference outlines: npm run build:geometry.
import { writeFileSync } from "node:fs";
import { buildBorderGeometry, buildProjectedMap, readRegions } from "../server/map/build-geometry.ts";

const regions = readRegions();
writeFileSync("server/domain/reference/border-geometry.json", `${JSON.stringify(buildBorderGeometry(regions))}\n`);
writeFileSync("server/map/projected-map.json", `${JSON.stringify(buildProjectedMap(regions))}\n`);
console.log("Wrote server/domain/reference/border-geometry.json and server/map/projected-map.json");
