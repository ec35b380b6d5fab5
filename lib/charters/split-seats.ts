/** People per trip when `people` travel on charters of `seatsPerTrip`: ceil(people / seats) trips, full ones first. */
export function splitSeats({ people, seatsPerTrip }: { people: number; seatsPerTrip: number }): number[] {
  const trips: number[] = [];
  for (let left = people; left > 0; left -= seatsPerTrip) trips.push(Math.min(left, seatsPerTrip));
  return trips;
}
