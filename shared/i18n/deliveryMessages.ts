// What a page says while its part of the app is still on the way, or when it could not be fetched
// (client/src/app/LoadBoundary.tsx: each page's code is loaded on its own). Dutch first, English second.
export const deliveryNl = {
  'loading.page': 'Laden…',
  'error.loadPage': 'Dit deel van Samenbord kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
}

export const deliveryEn: Record<keyof typeof deliveryNl, string> = {
  'loading.page': 'Loading…',
  'error.loadPage': 'This part of Samenbord could not be loaded. Check the connection and try again.',
}
