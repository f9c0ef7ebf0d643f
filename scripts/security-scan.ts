/// `npm run security`: electronegativity over the desktop shell, failing on any finding
/// of MEDIUM severity or higher (electronegativity itself exits 0 whatever it finds).
import { formatReport, passes, projectRoot, scan } from './security/gate'

const report = await scan(projectRoot())
for (const line of formatReport(report)) console.log(line)
process.exitCode = passes(report) ? 0 : 1
