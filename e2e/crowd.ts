// A room full of people for browser tests: stock y-websocket clients on the join link, each announcing a
// Dutch name and organisation the way the real page does (awareness `user`), and notes posted from phones
// through the notes API. The same crowd as ../shared/tools/crowd.mjs, inside the test process.
import { connectClient, whenSynced, type YClient } from '../server/testing/yClient.ts'

const FIRST = [
  'Anna',
  'Bram',
  'Fatima',
  'Henk',
  'Ingrid',
  'Jeroen',
  'Kees',
  'Lotte',
  'Mohammed',
  'Noor',
  'Priya',
  'Ruud',
  'Sanne',
  'Tom',
  'Yusuf',
  'Els',
  'Gerrit',
  'Sandra',
  'Wim',
  'Anouk',
]
const ORGS = ['ondernemer Marktstraat', 'gemeente', 'wijkagent', 'bewoner', 'vastgoedeigenaar', 'woningcorporatie', 'horeca', 'centrummanager']
const COLOURS = ['#e03131', '#1971c2', '#2f9e44', '#f08c00', '#9c36b5', '#0c8599', '#e8590c', '#5c940d']
const IDEAS = [
  'Meer groen en bankjes',
  'Gratis parkeren op zaterdag',
  'Leegstaande panden tijdelijk verhuren aan starters',
  'Verlichting in de steegjes',
  'Kerstmarkt op het plein',
  'Fietsenstalling bij de supermarkt',
  'Gevelfonds voor pandeigenaren',
  'Zebrapad bij de school',
  'Buurtbus voor ouderen',
  'Afvalbakken vaker legen',
  'Straatfeest in juni',
  'Laadpalen voor e-bikes',
]
/** A note as people type it on a phone: long, with a Dutch compound word that must not break. */
const LONG_NOTE =
  'Ik woon al dertig jaar boven de bakker en merk dat de straat na zessen uitgestorven is: een winkeliersvereniging die één koopavond organiseert maakt het levendiger.'

export interface Crowd {
  clients: YClient[]
  close(): void
}

/** `people` participants online on the join link, every one synced and announcing a name. */
export async function bringCrowd(serverUrl: string, joinToken: string, people: number): Promise<Crowd> {
  const wsUrl = serverUrl.replace(/^http/, 'ws')
  const clients: YClient[] = []
  for (let i = 0; i < people; i++) {
    const client = connectClient(wsUrl, joinToken)
    const name = `${FIRST[i % FIRST.length]}${i >= FIRST.length ? ` ${Math.floor(i / FIRST.length) + 1}` : ''} (${ORGS[i % ORGS.length]})`
    client.provider.awareness.setLocalStateField('user', { name, color: COLOURS[i % COLOURS.length] })
    clients.push(client)
  }
  await Promise.all(clients.map((c) => whenSynced(c, 30_000)))
  return {
    clients,
    close() {
      for (const c of clients) c.destroy()
    },
  }
}

/** Posts `count` notes into `areaId` through the notes API as phones do (every `longEvery`th one long). */
export async function postNotes(serverUrl: string, sessionId: string, joinToken: string, areaId: string, count: number, longEvery = 6): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const text = i % longEvery === longEvery - 1 ? LONG_NOTE : `${IDEAS[i % IDEAS.length]}${i >= IDEAS.length ? ` ${i}` : ''}`
    const res = await fetch(`${serverUrl}/api/sessions/${sessionId}/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${joinToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, area: areaId }),
    })
    if (res.status !== 201) throw new Error(`post note ${i}: ${res.status} ${await res.text()}`)
    ids.push(((await res.json()) as { id: string }).id)
  }
  return ids
}
