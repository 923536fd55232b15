import type { RouteRecordRaw } from 'vue-router'

/** M2 screens, children of the signed-in layout. */
export const patientRoutes: RouteRecordRaw[] = [
  {
    path: 'patients',
    name: 'patients-search',
    component: () => import('./search/PatientSearchPage.vue'),
  },
  {
    path: 'patients/registration',
    name: 'patients-registration',
    component: () => import('./registration/RegistrationPage.vue'),
  },
  {
    path: 'patients/duplicates',
    name: 'patients-duplicates',
    component: () => import('./duplicates/DuplicatesPage.vue'),
  },
  {
    path: 'patients/:id(\\d+)',
    name: 'patient-record',
    component: () => import('./record/PatientRecordPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
]
