/** The plan in force on the plan pages (Perencanaan): adopting a saved plan, and which plan is in force. */
export const adoptionId = {
  inForce: 'Rencana berlaku',
  inForceNote: 'Cakupan diukur terhadap rencana ini, dan koordinator memindahkan pekerjaan di dalamnya.',
  column: 'Berlaku',
  button: 'Jadikan rencana berlaku',
  current: 'Rencana yang berlaku sekarang untuk wilayah ini:',
  none: 'Wilayah ini belum punya rencana berlaku; cakupannya diukur terhadap rencana linear.',
  confirm: 'Jadikan rencana ini rencana berlaku? Cakupan akan diukur terhadapnya dan rencana yang berlaku sebelumnya (bila ada) diganti. Perubahan ini dicatat di log.',
  yes: 'Ya, jadikan berlaku',
  cancel: 'Batal',
  done: 'Rencana ini sekarang rencana berlaku.',
  failed: 'Rencana tidak dapat dijadikan berlaku.',
};
