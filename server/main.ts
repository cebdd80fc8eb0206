// Entry point of the production server (`npm run serve` runs its build, dist/server/main.js): the
// composition of app.ts as it is, nothing injected.
import { serve } from './serve.ts'

serve()
